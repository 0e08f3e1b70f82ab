package main

import (
    "fmt"
    "os"
    "syscall"
    "time"
)

func main() {
    file, err := os.OpenFile("shared.txt", os.O_RDWR|os.O_CREATE, 0644)
    if err != nil {
        panic(err)
    }
    defer file.Close()
    
    // Эксклюзивная блокировка
    fmt.Println("Acquiring lock...")
    err = syscall.Flock(int(file.Fd()), syscall.LOCK_EX)
    if err != nil {
        panic(err)
    }
    fmt.Println("Lock acquired!")
    
    // Критическая секция
    file.WriteString("Process is working...\n")
    time.Sleep(5 * time.Second)
    
    // Снять блокировку
    syscall.Flock(int(file.Fd()), syscall.LOCK_UN)
    fmt.Println("Lock released")
}
