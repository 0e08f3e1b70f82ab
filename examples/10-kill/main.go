package main

import "syscall"

func main() {
    // Отправить SIGUSR1 процессу с PID 12345
    err := syscall.Kill(12345, syscall.SIGUSR1)
    if err != nil {
        panic(err)
    }
}
