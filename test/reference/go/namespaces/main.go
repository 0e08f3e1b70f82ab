package main

import (
    "os"
    "os/exec"
    "syscall"
)

func main() {
    cmd := exec.Command("/bin/bash")
    cmd.Stdin = os.Stdin
    cmd.Stdout = os.Stdout
    cmd.Stderr = os.Stderr
    
    // Создаем новые namespaces
    cmd.SysProcAttr = &syscall.SysProcAttr{
        Cloneflags: syscall.CLONE_NEWUTS |  // Hostname namespace
                    syscall.CLONE_NEWPID |  // PID namespace
                    syscall.CLONE_NEWNS,    // Mount namespace
    }
    
    err := cmd.Run()
    if err != nil {
        panic(err)
    }
}
