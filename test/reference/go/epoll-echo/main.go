package main

import (
    "fmt"
    "syscall"
)

func main() {
    // Создаем epoll instance
    epfd, err := syscall.EpollCreate1(0)
    if err != nil {
        panic(err)
    }
    defer syscall.Close(epfd)
    
    // Создаем listening socket
    serverFd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
    if err != nil {
        panic(err)
    }
    defer syscall.Close(serverFd)
    
    // Настраиваем socket
    syscall.SetsockoptInt(serverFd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
    syscall.SetNonblock(serverFd, true)
    
    // Bind и Listen
    addr := syscall.SockaddrInet4{Port: 8080}
    syscall.Bind(serverFd, &addr)
    syscall.Listen(serverFd, 128)
    
    // Добавляем server socket в epoll
    event := syscall.EpollEvent{
        Events: syscall.EPOLLIN, // Интересуют события чтения
        Fd:     int32(serverFd),
    }
    err = syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, serverFd, &event)
    if err != nil {
        panic(err)
    }
    
    fmt.Println("Server listening on :8080")
    
    events := make([]syscall.EpollEvent, 10)
    
    for {
        // Ждем события
        n, err := syscall.EpollWait(epfd, events, -1)
        if err != nil {
            continue
        }
        
        for i := 0; i < n; i++ {
            if int(events[i].Fd) == serverFd {
                // Новое соединение
                clientFd, _, err := syscall.Accept(serverFd)
                if err != nil {
                    continue
                }
                
                syscall.SetNonblock(clientFd, true)
                
                // Добавляем client в epoll
                event := syscall.EpollEvent{
                    Events: syscall.EPOLLIN,
                    Fd:     int32(clientFd),
                }
                syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, clientFd, &event)
                
                fmt.Println("New connection:", clientFd)
            } else {
                // Данные от клиента
                clientFd := int(events[i].Fd)
                buf := make([]byte, 1024)
                n, err := syscall.Read(clientFd, buf)
                
                if err != nil || n == 0 {
                    // Соединение закрыто
                    syscall.EpollCtl(epfd, syscall.EPOLL_CTL_DEL, clientFd, nil)
                    syscall.Close(clientFd)
                    fmt.Println("Connection closed:", clientFd)
                } else {
                    fmt.Printf("Received from %d: %s", clientFd, string(buf[:n]))
                    // Эхо обратно
                    syscall.Write(clientFd, buf[:n])
                }
            }
        }
    }
}
