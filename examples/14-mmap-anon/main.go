package main

import (
    "fmt"
    "syscall"
)

func main() {
    // Выделяем 1MB анонимной памяти
    size := 1024 * 1024
    
    mem, err := syscall.Mmap(
        -1,                   // fd = -1 для анонимной памяти
        0,                    // offset
        size,                 // length
        syscall.PROT_READ|syscall.PROT_WRITE,
        syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS,
    )
    if err != nil {
        panic(err)
    }
    defer syscall.Munmap(mem)
    
    // Используем память
    mem[0] = 'H'
    mem[1] = 'e'
    mem[2] = 'l'
    mem[3] = 'l'
    mem[4] = 'o'
    
    fmt.Println("Memory:", string(mem[:5]))
    
    // Защищаем часть памяти (делаем read-only)
    err = syscall.Mprotect(mem[:4096], syscall.PROT_READ)
    if err != nil {
        panic(err)
    }
    
    // Попытка записи вызовет SIGSEGV
    // mem[0] = 'X' // Segmentation fault!
}
