#pragma once
// SIGINT/SIGTERM during a batch run: the handler only records the signal;
// workers stop taking new inputs, finish the ones in flight, the report is
// flushed and the run exits 128+signal (130, 143). A second signal kills at
// once (the handler is one-shot).
namespace paiban::cli::batch {

void install_stop_handlers();    // also ignores SIGPIPE, so a closed report pipe is an error, not death
int stop_signal();               // 0 while no stop was asked

}  // namespace paiban::cli::batch
