package main

import (
    "fmt"
    "syscall"
    "time"
)

func main() {
    // Создаем socket
    fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
    if err != nil {
        panic(err)
    }
    defer syscall.Close(fd)
    
    // Устанавливаем non-blocking режим
    err = syscall.SetNonblock(fd, true)
    if err != nil {
        panic(err)
    }
    
    // Подключаемся
    addr := syscall.SockaddrInet4{
        Port: 80,
        Addr: [4]byte{93, 184, 216, 34}, // example.com
    }
    
    err = syscall.Connect(fd, &addr)
    if err != nil && err != syscall.EINPROGRESS {
        panic(err)
    }
    
    // В non-blocking режиме connect возвращает EINPROGRESS
    fmt.Println("Connecting...")
    time.Sleep(100 * time.Millisecond)
    
    // Проверяем, подключились ли мы
    _, err = syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
    if err != nil {
        panic(err)
    }
    
    fmt.Println("Connected!")
    
    // Отправляем HTTP запрос
    request := []byte("GET / HTTP/1.0\r\nHost: example.com\r\n\r\n")
    _, err = syscall.Write(fd, request)
    if err != nil {
        panic(err)
    }
    
    // Читаем ответ (может вернуть EAGAIN, если данных еще нет)
    buf := make([]byte, 4096)
    for {
        n, err := syscall.Read(fd, buf)
        if err == syscall.EAGAIN {
            // Данных пока нет, попробуем позже
            time.Sleep(10 * time.Millisecond)
            continue
        }
        if err != nil {
            break
        }
        if n == 0 {
            break
        }
        fmt.Print(string(buf[:n]))
    }
}
