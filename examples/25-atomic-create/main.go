// The chapter's Best Practices "Используйте правильные флаги — атомарное создание файла", run
// by two processes at once: check-then-create (os.Stat, then open with O_CREAT|O_TRUNC) against
// the atomic syscall.Open(O_CREAT|O_EXCL|O_WRONLY, 0644). The program starts a second copy of
// itself, both try to create file.txt and write their name into it, and the first reports what
// the file holds.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func who() string {
	if len(os.Args) > 1 {
		return os.Args[1]
	}
	return "first"
}

// ❌ check, then create: both may see "no such file", and both "create" it
func checkThenCreate() {
	if _, err := os.Stat("file.txt"); !os.IsNotExist(err) {
		fmt.Printf("[%s] check-then-create: file.txt exists, leaving it alone\n", who())
		return
	}
	fd, err := syscall.Open("file.txt", syscall.O_CREAT|syscall.O_TRUNC|syscall.O_WRONLY, 0644)
	if err != nil {
		fmt.Printf("[%s] check-then-create: %v\n", who(), err)
		return
	}
	syscall.Write(fd, []byte(who()+"\n"))
	syscall.Close(fd)
	fmt.Printf("[%s] check-then-create: created file.txt\n", who())
}

// ✅ Атомарное создание файла
func atomic() {
	fd, err := syscall.Open("file.txt",
		syscall.O_CREAT|syscall.O_EXCL|syscall.O_WRONLY,
		0644)
	if err != nil {
		fmt.Printf("[%s] O_EXCL: %v\n", who(), err)
		return
	}
	syscall.Write(fd, []byte(who()+"\n"))
	syscall.Close(fd)
	fmt.Printf("[%s] O_EXCL: created file.txt\n", who())
}

func race(round string, f func()) {
	os.Remove("file.txt")
	cmd := exec.Command(os.Args[0], "second", round)
	cmd.Stdout = os.Stdout
	cmd.Start()
	f()
	cmd.Wait()
	data, _ := os.ReadFile("file.txt")
	fmt.Printf("file.txt holds %q\n", data)
}

func main() {
	if len(os.Args) > 2 {
		if os.Args[2] == "check" {
			checkThenCreate()
		} else {
			atomic()
		}
		return
	}
	race("check", checkThenCreate)
	race("excl", atomic)
	os.Remove("file.txt")
}
