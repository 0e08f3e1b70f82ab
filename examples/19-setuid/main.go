package main

import (
    "fmt"
    "os"
    "syscall"
)

func main() {
    if os.Geteuid() != 0 {
        fmt.Println("This program must be run as root")
        os.Exit(1)
    }
    
    // Получаем UID для пользователя "nobody"
    // В реальности используйте user.Lookup("nobody")
    nobodyUID := 65534
    nobodyGID := 65534
    
    // Сбрасываем привилегии
    err := syscall.Setgid(nobodyGID)
    if err != nil {
        panic(err)
    }
    
    err = syscall.Setuid(nobodyUID)
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("Now running as UID: %d, GID: %d\n", 
        syscall.Getuid(), syscall.Getgid())
    
    // Теперь программа работает с ограниченными правами
}
