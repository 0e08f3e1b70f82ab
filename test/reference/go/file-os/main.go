package main

import (
    "fmt"
    "os"
)

func main() {
    // Создать файл
    file, err := os.Create("test.txt")
    if err != nil {
        panic(err)
    }
    defer file.Close()
    
    // Записать данные
    n, err := file.WriteString("Hello, World!\n")
    if err != nil {
        panic(err)
    }
    fmt.Printf("Wrote %d bytes\n", n)
    
    // Получить информацию о файле
    info, err := file.Stat()
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("File: %s\n", info.Name())
    fmt.Printf("Size: %d bytes\n", info.Size())
    fmt.Printf("Mode: %v\n", info.Mode())
    fmt.Printf("ModTime: %v\n", info.ModTime())
}
