// The chapter's Best Practices "Не игнорируйте ошибки": syscall.Write may write less than asked
// without any error. Here the cut comes from RLIMIT_FSIZE (the shell's `ulimit -f`): a write
// that crosses the limit writes up to it and returns the shorter count.
package main

import (
	"fmt"
	"syscall"
)

func main() {
	// Лимит размера файла: 16 байт
	var lim syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim)
	lim.Cur = 16
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		panic(err)
	}
	data := []byte("0123456789abcdefghij") // 20 байт

	// ❌ Плохо
	fd, err := syscall.Open("data.txt", syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC, 0644)
	if err != nil {
		panic(err)
	}
	syscall.Write(fd, data)
	var st syscall.Stat_t
	syscall.Fstat(fd, &st)
	fmt.Printf("❌ syscall.Write(fd, data): no error seen, but data.txt has %d of %d bytes\n", st.Size, len(data))
	syscall.Close(fd)

	// ✅ Хорошо
	fd, err = syscall.Open("data.txt", syscall.O_WRONLY|syscall.O_TRUNC, 0)
	if err != nil {
		panic(err)
	}
	n, err := syscall.Write(fd, data)
	if err != nil || n != len(data) {
		// Обработать ошибку
		fmt.Printf("✅ n, err := syscall.Write(fd, data): n = %d of %d, err = %v: a short write, caught\n", n, len(data), err)
	}
	syscall.Close(fd)
	syscall.Unlink("data.txt")
}
