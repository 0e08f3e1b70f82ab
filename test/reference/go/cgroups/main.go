package main

import (
    "fmt"
    "os"
    "path/filepath"
    "strconv"
)

func main() {
    cgroupPath := "/sys/fs/cgroup/memory/myapp"
    
    // Создаем cgroup
    err := os.MkdirAll(cgroupPath, 0755)
    if err != nil {
        panic(err)
    }
    
    // Устанавливаем лимит памяти (100MB)
    limitFile := filepath.Join(cgroupPath, "memory.limit_in_bytes")
    err = os.WriteFile(limitFile, []byte("104857600"), 0644)
    if err != nil {
        panic(err)
    }
    
    // Добавляем текущий процесс в cgroup
    procsFile := filepath.Join(cgroupPath, "cgroup.procs")
    pid := strconv.Itoa(os.Getpid())
    err = os.WriteFile(procsFile, []byte(pid), 0644)
    if err != nil {
        panic(err)
    }
    
    fmt.Println("Process limited to 100MB of memory")
    
    // Теперь процесс не сможет использовать больше 100MB
}
