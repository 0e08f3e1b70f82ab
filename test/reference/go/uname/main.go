package main

import (
    "fmt"
    "syscall"
)

func main() {
    var utsname syscall.Utsname
    err := syscall.Uname(&utsname)
    if err != nil {
        panic(err)
    }
    
    // Преобразуем [65]byte в string
    toString := func(b [65]int8) string {
        n := 0
        for n < len(b) && b[n] != 0 {
            n++
        }
        s := make([]byte, n)
        for i := 0; i < n; i++ {
            s[i] = byte(b[i])
        }
        return string(s)
    }
    
    fmt.Println("System information:")
    fmt.Printf("OS: %s\n", toString(utsname.Sysname))
    fmt.Printf("Hostname: %s\n", toString(utsname.Nodename))
    fmt.Printf("Release: %s\n", toString(utsname.Release))
    fmt.Printf("Version: %s\n", toString(utsname.Version))
    fmt.Printf("Architecture: %s\n", toString(utsname.Machine))
}
