// The chapter's "Не забывайте про race conditions", run by two processes at once: the
// program starts a second copy of itself, and both run the snippet on the same file.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func who() string {
	if len(os.Args) > 1 {
		return os.Args[1]
	}
	return "first"
}

// ❌ Плохо - TOCTOU (Time-of-check to time-of-use)
func bad() {
	if _, err := os.Stat("file.txt"); err == nil {
		err := os.Remove("file.txt") // Файл может измениться между проверками
		fmt.Printf("[%s] bad:  Stat said the file exists; Remove: %v\n", who(), err)
	} else {
		fmt.Printf("[%s] bad:  Stat: %v\n", who(), err)
	}
}

// ✅ Хорошо
func good() {
	err := os.Remove("file.txt")
	if err != nil && !os.IsNotExist(err) {
		fmt.Printf("[%s] good: Remove: %v\n", who(), err)
		return
	}
	fmt.Printf("[%s] good: Remove: %v (IsNotExist: %v) — fine either way\n", who(), err, os.IsNotExist(err))
}

func race(round string, f func()) {
	if len(os.Args) > 2 { // the second copy
		f()
		return
	}
	os.WriteFile("file.txt", []byte("data\n"), 0644)
	cmd := exec.Command(os.Args[0], "second", round)
	cmd.Stdout = os.Stdout
	cmd.Start()
	f()
	cmd.Wait()
}

func main() {
	if len(os.Args) > 2 {
		if os.Args[2] == "bad" {
			bad()
		} else {
			good()
		}
		return
	}
	race("bad", bad)
	race("good", good)
}
