package main

import (
	"fmt"
	"syscall"
)

// perm renders permission and special bits the way ls -l does: rwsr-xr-x, rwxrwxrwt.
func perm(m uint32) string {
	b := []byte("rwxrwxrwx")
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) == 0 {
			b[i] = '-'
		}
	}
	special := func(bit uint32, i int, set, unset byte) {
		if m&bit != 0 {
			if b[i] == 'x' {
				b[i] = set
			} else {
				b[i] = unset
			}
		}
	}
	special(syscall.S_ISUID, 2, 's', 'S')
	special(syscall.S_ISGID, 5, 's', 'S')
	special(syscall.S_ISVTX, 8, 't', 'T')
	return string(b)
}

// flags names the status flags F_GETFL reports (access mode, O_APPEND, O_NONBLOCK, O_SYNC).
func flags(fd int) string {
	fl, _, _ := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	s := [...]string{"O_RDONLY", "O_WRONLY", "O_RDWR", "?"}[fl&syscall.O_ACCMODE]
	if fl&syscall.O_APPEND != 0 {
		s += "|O_APPEND"
	}
	if fl&syscall.O_NONBLOCK != 0 {
		s += "|O_NONBLOCK"
	}
	if fl&syscall.O_SYNC == syscall.O_SYNC {
		s += "|O_SYNC"
	} else if fl&syscall.O_DSYNC != 0 {
		s += "|O_DSYNC"
	}
	return s
}

func size(fd int) int64 {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		panic(err)
	}
	return st.Size
}

func mode(name string) string {
	var st syscall.Stat_t
	if err := syscall.Lstat(name, &st); err != nil {
		panic(err)
	}
	return fmt.Sprintf("%04o %s", st.Mode&07777, perm(st.Mode))
}

func main() {
	syscall.Umask(022)

	fmt.Println("== Флаги открытия файлов ==")
	// O_CREAT: создать, если не существует
	fd, err := syscall.Open("flags.txt", syscall.O_RDWR|syscall.O_CREAT, 0644)
	if err != nil {
		panic(err)
	}
	n, _ := syscall.Write(fd, []byte("hello, flags\n"))
	fmt.Printf("O_RDWR|O_CREAT: fd %d, %s, wrote %d bytes, mode %s\n", fd, flags(fd), n, mode("flags.txt"))
	syscall.Close(fd)

	// O_EXCL: с O_CREAT ошибка, если файл существует
	_, err = syscall.Open("flags.txt", syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL, 0644)
	fmt.Printf("O_CREAT|O_EXCL on an existing file: %v\n", err)

	// O_TRUNC: обрезать до 0 при открытии
	fd, _ = syscall.Open("flags.txt", syscall.O_WRONLY|syscall.O_TRUNC, 0)
	fmt.Printf("O_WRONLY|O_TRUNC: size %d after open\n", size(fd))
	syscall.Close(fd)

	// O_APPEND: дописывать в конец — the chapter's combination O_RDWR|O_CREAT|O_APPEND
	fd, _ = syscall.Open("flags.txt", syscall.O_RDWR|syscall.O_CREAT|syscall.O_APPEND, 0644)
	syscall.Write(fd, []byte("one\n"))
	syscall.Seek(fd, 0, 0)
	syscall.Write(fd, []byte("two\n"))
	syscall.Pwrite(fd, []byte("three\n"), 0)
	buf := make([]byte, 64)
	n, _ = syscall.Pread(fd, buf, 0)
	fmt.Printf("O_APPEND: %s, after lseek(0) and pwrite(at 0) the file is %q\n", flags(fd), buf[:n])
	syscall.Close(fd)

	// O_SYNC: синхронная запись
	fd, _ = syscall.Open("flags.txt", syscall.O_WRONLY|syscall.O_SYNC, 0)
	n, _ = syscall.Write(fd, []byte("sync\n"))
	fmt.Printf("O_SYNC: %s (O_SYNC = 0x%x = __O_SYNC|O_DSYNC), wrote %d bytes\n", flags(fd), syscall.O_SYNC, n)
	syscall.Close(fd)

	// O_NONBLOCK: неблокирующий режим (a regular file never blocks)
	fd, _ = syscall.Open("flags.txt", syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
	n, _ = syscall.Read(fd, buf)
	fmt.Printf("O_NONBLOCK: %s, read %d bytes at once\n", flags(fd), n)
	_, err = syscall.Write(fd, []byte("x"))
	fmt.Printf("write to an O_RDONLY fd: %v\n", err)
	syscall.Close(fd)

	fd, _ = syscall.Open("flags.txt", syscall.O_WRONLY, 0)
	_, err = syscall.Read(fd, buf)
	fmt.Printf("read from an O_WRONLY fd: %v\n", err)
	syscall.Close(fd)

	fmt.Println("== Права доступа ==")
	// The chapter's last line: O_CREAT alone is O_RDONLY|O_CREAT
	fd, err = syscall.Open("file.txt", syscall.O_CREAT, 0644)
	if err != nil {
		panic(err)
	}
	fmt.Printf("O_CREAT, 0644: fd %d is %s, mode %s\n", fd, flags(fd), mode("file.txt"))
	_, err = syscall.Write(fd, []byte("x"))
	fmt.Printf("  write: %v\n", err)
	syscall.Close(fd)

	for _, m := range []uint32{0644, 0755, 0600, 0666, 0777} {
		name := fmt.Sprintf("mode-%04o", m)
		fd, _ := syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL, m)
		syscall.Close(fd)
		fmt.Printf("open(%q, ..., %04o) with umask 022: %s\n", name, m, mode(name))
		syscall.Unlink(name)
	}
	for _, u := range []int{077, 0} {
		syscall.Umask(u)
		fd, _ := syscall.Open("umask.txt", syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL, 0666)
		syscall.Close(fd)
		fmt.Printf("open(..., 0666) with umask %03o: %s\n", u, mode("umask.txt"))
		syscall.Unlink("umask.txt")
	}
	syscall.Umask(022)

	// setuid, setgid, sticky
	fd, _ = syscall.Open("setuid", syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL, 04755)
	fmt.Printf("open(\"setuid\", ..., 04755): %s\n", mode("setuid"))
	syscall.Write(fd, []byte("#!/bin/sh\n"))
	fmt.Printf("  after a write by uid %d: %s\n", syscall.Geteuid(), mode("setuid"))
	syscall.Close(fd)
	fd, _ = syscall.Open("setgid", syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL, 02755)
	syscall.Close(fd)
	fmt.Printf("open(\"setgid\", ..., 02755): %s\n", mode("setgid"))
	syscall.Mkdir("sticky", 01777)
	fmt.Printf("mkdir(\"sticky\", 01777): %s\n", mode("sticky"))
	syscall.Mkdir("sgid-dir", 02755)
	fmt.Printf("mkdir(\"sgid-dir\", 02755): %s\n", mode("sgid-dir"))

	for _, name := range []string{"flags.txt", "file.txt", "setuid", "setgid"} {
		syscall.Unlink(name)
	}
	syscall.Rmdir("sticky")
	syscall.Rmdir("sgid-dir")
}
