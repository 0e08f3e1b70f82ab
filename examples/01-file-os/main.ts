// examples/01-file-os/main.ts — port of the chapter's "Высокоуровневый API (os пакет)":
// create test.txt with os.Create, write a line, print what File.Stat reports.

import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os, panic } = go(sys, argv, envp);
  const defers: (() => Promise<unknown>)[] = [];
  try {
    // Создать файл
    const file = await os.Create('test.txt').catch(panic);
    defers.push(() => file.Close());

    // Записать данные
    const n = await file.WriteString('Hello, World!\n').catch(panic);
    await fmt.Printf('Wrote %d bytes\n', n);

    // Получить информацию о файле
    const info = await file.Stat().catch(panic);

    await fmt.Printf('File: %s\n', info.Name());
    await fmt.Printf('Size: %d bytes\n', info.Size());
    await fmt.Printf('Mode: %v\n', info.Mode());
    await fmt.Printf('ModTime: %v\n', await info.ModTime());
  } finally {
    for (const d of defers.reverse()) await d();
  }
};
