package main

import (
    "fmt"
    "os"
    "os/signal"
    "syscall"
    "time"
)

func main() {
    // Обработчик сигналов
    sigChan := make(chan os.Signal, 1)
    signal.Notify(sigChan, syscall.SIGINT, syscall.SIGTERM, syscall.SIGUSR1)
    
    go func() {
        for sig := range sigChan {
            switch sig {
            case syscall.SIGINT:
                fmt.Println("\nReceived SIGINT (Ctrl+C)")
            case syscall.SIGTERM:
                fmt.Println("\nReceived SIGTERM")
                os.Exit(0)
            case syscall.SIGUSR1:
                fmt.Println("\nReceived SIGUSR1 (custom signal)")
            }
        }
    }()
    
    fmt.Printf("Process PID: %d\n", os.Getpid())
    fmt.Println("Waiting for signals... (try: kill -USR1", os.Getpid(), ")")
    
    // Бесконечный цикл
    for {
        time.Sleep(1 * time.Second)
    }
}
