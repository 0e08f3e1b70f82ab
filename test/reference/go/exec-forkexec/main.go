package main

import (
    "fmt"
    "os"
    "syscall"
)

func main() {
    // Путь к программе
    binary := "/bin/ls"
    args := []string{"ls", "-la"}
    env := os.Environ()
    
    // ForkExec комбинирует fork и exec
    pid, err := syscall.ForkExec(
        binary,
        args,
        &syscall.ProcAttr{
            Env:   env,
            Files: []uintptr{os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd()},
        },
    )
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("Started process with PID: %d\n", pid)
    
    // Ждем завершения
    var status syscall.WaitStatus
    _, err = syscall.Wait4(pid, &status, 0, nil)
    if err != nil {
        panic(err)
    }
    
    fmt.Printf("Process exited with status: %d\n", status.ExitStatus())
}
