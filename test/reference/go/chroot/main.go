package main

import (
    "fmt"
    "os"
    "syscall"
)

func main() {
    if os.Geteuid() != 0 {
        fmt.Println("chroot requires root privileges")
        os.Exit(1)
    }
    
    // Создаем изолированную директорию
    jailDir := "/tmp/jail"
    os.MkdirAll(jailDir+"/bin", 0755)
    os.MkdirAll(jailDir+"/lib", 0755)
    
    // Копируем необходимые файлы в jail
    // (в реальности нужно скопировать бинарники и библиотеки)
    
    // Меняем корневую директорию
    err := syscall.Chroot(jailDir)
    if err != nil {
        panic(err)
    }
    
    // Меняем рабочую директорию
    err = syscall.Chdir("/")
    if err != nil {
        panic(err)
    }
    
    fmt.Println("Now in chroot jail!")
    fmt.Println("Can only access files in", jailDir)
    
    // Процесс изолирован и не может получить доступ к файлам вне jail
}
