package main

import (
    "fmt"
    "runtime"
    "syscall"
)

func main() {
    var rusage syscall.Rusage
    err := syscall.Getrusage(syscall.RUSAGE_SELF, &rusage)
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("Max RSS: %d KB\n", rusage.Maxrss)
    fmt.Printf("User CPU time: %v\n", rusage.Utime)
    fmt.Printf("System CPU time: %v\n", rusage.Stime)
    fmt.Printf("Page faults: %d\n", rusage.Majflt)
    
    // Через runtime
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    
    fmt.Printf("\nGo Runtime:\n")
    fmt.Printf("Alloc: %d MB\n", m.Alloc/1024/1024)
    fmt.Printf("TotalAlloc: %d MB\n", m.TotalAlloc/1024/1024)
    fmt.Printf("Sys: %d MB\n", m.Sys/1024/1024)
    fmt.Printf("NumGC: %d\n", m.NumGC)
}
