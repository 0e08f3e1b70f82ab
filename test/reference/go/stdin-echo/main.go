package main

import (
    "syscall"
)

func main() {
    // Читаем из stdin (fd = 0)
    buf := make([]byte, 1024)
    n, err := syscall.Read(0, buf)
    if err != nil {
        panic(err)
    }
    
    // Пишем в stdout (fd = 1)
    syscall.Write(1, buf[:n])
}
