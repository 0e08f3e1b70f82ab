package main

import (
    "fmt"
    "syscall"
)

func main() {
    // Создаем socket
    fd, err := syscall.Socket(
        syscall.AF_INET,      // IPv4
        syscall.SOCK_STREAM,  // TCP
        0,                    // Protocol (0 = default)
    )
    if err != nil {
        panic(err)
    }
    defer syscall.Close(fd)
    
    // Разрешаем переиспользование адреса
    err = syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
    if err != nil {
        panic(err)
    }
    
    // Привязываем к адресу
    addr := syscall.SockaddrInet4{
        Port: 8080,
        Addr: [4]byte{0, 0, 0, 0}, // 0.0.0.0 - все интерфейсы
    }
    err = syscall.Bind(fd, &addr)
    if err != nil {
        panic(err)
    }
    
    // Начинаем слушать
    err = syscall.Listen(fd, 10) // backlog = 10
    if err != nil {
        panic(err)
    }
    
    fmt.Println("Server listening on :8080")
    
    for {
        // Принимаем соединение
        clientFd, clientAddr, err := syscall.Accept(fd)
        if err != nil {
            fmt.Println("Accept error:", err)
            continue
        }
        
        go handleClient(clientFd, clientAddr)
    }
}

func handleClient(fd int, addr syscall.Sockaddr) {
    defer syscall.Close(fd)
    
    // Читаем данные
    buf := make([]byte, 1024)
    n, err := syscall.Read(fd, buf)
    if err != nil {
        return
    }
    
    fmt.Printf("Received: %s", string(buf[:n]))
    
    // Отправляем ответ
    response := []byte("HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\nHello, World!")
    syscall.Write(fd, response)
}
