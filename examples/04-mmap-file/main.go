package main

import (
    "fmt"
    "os"
    "syscall"
)

func main() {
    // Открываем файл
    file, err := os.OpenFile("data.bin", os.O_RDWR|os.O_CREATE, 0644)
    if err != nil {
        panic(err)
    }
    defer file.Close()
    
    // Установим размер файла (например, 1MB)
    size := 1024 * 1024
    if err := file.Truncate(int64(size)); err != nil {
        panic(err)
    }
    
    // Создаем memory mapping
    data, err := syscall.Mmap(
        int(file.Fd()),
        0,                    // offset
        size,                 // length
        syscall.PROT_READ|syscall.PROT_WRITE, // protection
        syscall.MAP_SHARED,   // flags
    )
    if err != nil {
        panic(err)
    }
    defer syscall.Munmap(data)
    
    // Работаем с файлом как с массивом
    data[0] = 'H'
    data[1] = 'e'
    data[2] = 'l'
    data[3] = 'l'
    data[4] = 'o'
    
    // Данные автоматически записываются в файл
    fmt.Println("Written to mmap:", string(data[:5]))
}
