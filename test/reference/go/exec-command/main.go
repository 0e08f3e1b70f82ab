package main

import (
    "fmt"
    "os/exec"
    "strings"
)

func main() {
    // Простой запуск
    cmd := exec.Command("ls", "-la")
    output, err := cmd.Output()
    if err != nil {
        panic(err)
    }
    fmt.Println(string(output))
    
    // С перенаправлением ввода/вывода
    cmd = exec.Command("grep", "package")
    cmd.Stdin = strings.NewReader("package main\nfunc main() {}\n")
    output, err = cmd.Output()
    if err != nil {
        panic(err)
    }
    fmt.Println(string(output))
}
