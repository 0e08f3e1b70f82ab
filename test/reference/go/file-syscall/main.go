package main

import (
    "fmt"
    "syscall"
)

func main() {
    // Открыть файл напрямую через syscall
    fd, err := syscall.Open("test.txt", syscall.O_RDWR|syscall.O_CREAT, 0644)
    if err != nil {
        panic(err)
    }
    defer syscall.Close(fd)
    
    // Записать данные
    data := []byte("Hello from syscall!\n")
    n, err := syscall.Write(fd, data)
    if err != nil {
        panic(err)
    }
    fmt.Printf("Wrote %d bytes\n", n)
    
    // Получить информацию о файле
    var stat syscall.Stat_t
    err = syscall.Fstat(fd, &stat)
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("Size: %d bytes\n", stat.Size)
    fmt.Printf("Mode: %o\n", stat.Mode)
    fmt.Printf("UID: %d\n", stat.Uid)
    fmt.Printf("GID: %d\n", stat.Gid)
}
