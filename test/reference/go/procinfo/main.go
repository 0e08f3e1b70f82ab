package main

import (
    "fmt"
    "os"
    "syscall"
)

func main() {
    // ID текущего процесса
    pid := os.Getpid()
    fmt.Printf("PID: %d\n", pid)
    
    // ID родительского процесса
    ppid := os.Getppid()
    fmt.Printf("Parent PID: %d\n", ppid)
    
    // User ID и Group ID
    uid := syscall.Getuid()
    gid := syscall.Getgid()
    fmt.Printf("UID: %d, GID: %d\n", uid, gid)
    
    // Effective UID/GID (для setuid программ)
    euid := syscall.Geteuid()
    egid := syscall.Getegid()
    fmt.Printf("EUID: %d, EGID: %d\n", euid, egid)
    
    // Рабочая директория
    wd, _ := os.Getwd()
    fmt.Printf("Working directory: %s\n", wd)
    
    // Переменные окружения
    fmt.Printf("PATH: %s\n", os.Getenv("PATH"))
}
