/* workers: runs numbered jobs in forked worker processes, a few at a time,
 * and hands each job's result back to the parent in job order. A process
 * of its own for each worker keeps pango and fontconfig, whose thread safety
 * is doubtful, each in one thread. */
#ifndef RENDER_WORKERS_H
#define RENDER_WORKERS_H

#include <glib.h>

/* Runs job number index; returns its result (owned by the caller), never
 * NULL. In a worker process it runs after fork: whatever it opens (fonts)
 * it may keep for its next jobs in that process. */
typedef GBytes *(*WorkersJob)(int index, gpointer data);

/* Called in the parent for every job, in order of index, with the job's
 * result (borrowed). */
typedef void (*WorkersDone)(int index, GBytes *result, gpointer data);

/* Called in the parent when job index could not finish: its worker died
 * (signal, exit) while running it. Returns the result to hand to done in
 * its place (owned by the caller). */
typedef GBytes *(*WorkersLost)(int index, const char *why, gpointer data);

typedef struct WorkersTasks {
	WorkersJob job;
	WorkersDone done;
	WorkersLost lost;
	gpointer data;
} WorkersTasks;

/* Runs jobs 0 .. njobs-1. With nworkers <= 1 (or one job) every job runs in
 * this process, in order. Otherwise up to nworkers processes are forked, each
 * taking the next job as it finishes one; a worker that dies is replaced and
 * its job reported lost. When not even one process can be forked, the jobs
 * run in this process. */
void workers_run(int njobs, int nworkers, const WorkersTasks *tasks);

#endif
