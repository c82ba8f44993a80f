// Ctrl-C and SIGTERM during a run. The first asks the run to stop and write
// no report; the second, or a run that cannot stop within a moment, ends the
// process at once, after asking its plugin processes to stop and removing
// its temporary files. Either way the exit status is 128 + the signal (130
// for SIGINT, 143 for SIGTERM), as shells expect.
#ifndef FACTCHECK_CORE_BASE_INTERRUPT_H_
#define FACTCHECK_CORE_BASE_INTERRUPT_H_

#include <sys/types.h>

#include <string>

namespace factcheck {

// Takes SIGINT and SIGTERM away from their default action for the rest of the
// process and hands them to a watching thread. Call before any other thread
// starts: threads inherit the calling thread's blocked signals.
void WatchInterrupts();

// 0 until the first SIGINT or SIGTERM arrives; then that signal.
int InterruptSignal();

// The exit status for an interrupted run: 128 + the signal.
int InterruptExitCode();

// Asks every living child to stop (SIGTERM; a plugin also stops when its
// stdin closes, which ending does), removes every temporary file being
// written, and ends the process with InterruptExitCode().
[[noreturn]] void ExitForInterrupt();

// Children and temporary files ExitForInterrupt must see to. Cheap: a
// mutex and a set; each is forgotten again when it is gone or renamed.
void NoteChild(pid_t pid);
void ForgetChild(pid_t pid);
void NoteTemporaryFile(const std::string& path);
void ForgetTemporaryFile(const std::string& path);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_INTERRUPT_H_
