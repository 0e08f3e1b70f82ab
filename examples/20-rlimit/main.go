package main

import (
    "fmt"
    "syscall"
)

func main() {
    // Получаем текущий лимит открытых файлов
    var rlimit syscall.Rlimit
    err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rlimit)
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("Current limits:\n")
    fmt.Printf("  Soft: %d\n", rlimit.Cur)
    fmt.Printf("  Hard: %d\n", rlimit.Max)
    
    // Увеличиваем soft limit
    rlimit.Cur = rlimit.Max
    err = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rlimit)
    if err != nil {
        panic(err)
    }
    
    fmt.Println("Increased soft limit to maximum")
    
    // Другие лимиты:
    // RLIMIT_CPU      - CPU время
    // RLIMIT_DATA     - размер данных
    // RLIMIT_STACK    - размер стека
    // RLIMIT_CORE     - размер core dump
    // RLIMIT_AS       - адресное пространство
    // RLIMIT_MEMLOCK  - locked память
    // RLIMIT_NPROC    - количество процессов
}
