package main

import (
    "fmt"
    "syscall"
    "time"
)

func main() {
    // Создаем epoll
    epfd, _ := syscall.EpollCreate1(0)
    defer syscall.Close(epfd)
    
    // Создаем listening socket
    serverFd, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
    defer syscall.Close(serverFd)
    
    syscall.SetsockoptInt(serverFd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
    syscall.SetNonblock(serverFd, true)
    
    addr := syscall.SockaddrInet4{Port: 8080}
    syscall.Bind(serverFd, &addr)
    syscall.Listen(serverFd, 128)
    
    // Регистрируем в epoll
    event := syscall.EpollEvent{
        Events: syscall.EPOLLIN | (syscall.EPOLLET & 0xffffffff), // Edge-triggered
        Fd:     int32(serverFd),
    }
    syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, serverFd, &event)
    
    fmt.Println("HTTP Server on :8080")
    fmt.Println("Try: curl http://localhost:8080")
    
    events := make([]syscall.EpollEvent, 32)
    clients := make(map[int32]*ClientState)
    
    for {
        n, _ := syscall.EpollWait(epfd, events, -1)
        
        for i := 0; i < n; i++ {
            fd := events[i].Fd
            
            if int(fd) == serverFd {
                // Новое соединение
                for {
                    clientFd, _, err := syscall.Accept(serverFd)
                    if err != nil {
                        break
                    }
                    
                    syscall.SetNonblock(clientFd, true)
                    
                    event := syscall.EpollEvent{
                        Events: syscall.EPOLLIN | (syscall.EPOLLET & 0xffffffff),
                        Fd:     int32(clientFd),
                    }
                    syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, clientFd, &event)
                    
                    clients[int32(clientFd)] = &ClientState{
                        fd:      clientFd,
                        buffer:  make([]byte, 4096),
                    }
                }
            } else {
                // Данные от клиента
                client := clients[fd]
                if client == nil {
                    continue
                }
                
                n, err := syscall.Read(client.fd, client.buffer)
                if err != nil || n == 0 {
                    // Закрываем соединение
                    syscall.Close(client.fd)
                    delete(clients, fd)
                    continue
                }
                
                // Простой HTTP ответ
                response := fmt.Sprintf(
                    "HTTP/1.1 200 OK\r\n"+
                    "Content-Type: text/plain\r\n"+
                    "Content-Length: 26\r\n"+
                    "Date: %s\r\n"+
                    "\r\n"+
                    "Hello from raw syscalls!\n",
                    time.Now().Format(time.RFC1123))
                
                syscall.Write(client.fd, []byte(response))
                syscall.Close(client.fd)
                delete(clients, fd)
            }
        }
    }
}

type ClientState struct {
    fd     int
    buffer []byte
}
