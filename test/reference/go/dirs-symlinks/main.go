package main

import (
    "fmt"
    "syscall"
)

func main() {
    // Создать директорию
    err := syscall.Mkdir("testdir", 0755)
    if err != nil {
        panic(err)
    }
    
    // Создать символическую ссылку
    err = syscall.Symlink("target.txt", "link.txt")
    if err != nil {
        panic(err)
    }
    
    // Прочитать символическую ссылку
    buf := make([]byte, 1024)
    n, err := syscall.Readlink("link.txt", buf)
    if err != nil {
        panic(err)
    }
    fmt.Printf("Link points to: %s\n", string(buf[:n]))
    
    // Удалить файл
    err = syscall.Unlink("link.txt")
    if err != nil {
        panic(err)
    }
    
    // Удалить директорию
    err = syscall.Rmdir("testdir")
    if err != nil {
        panic(err)
    }
}
