/* workers: a pool of forked processes; see workers.h. The parent and each
 * worker share a socket pair: the parent sends a job number (4 bytes), the
 * worker answers with the number, the result's length and its bytes; when
 * no job is left the parent closes its end and the worker exits. */
#include "workers.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct Worker {
	pid_t pid;   /* 0: no process */
	int fd;      /* the parent's end of the pair, -1 when closed */
	int job;     /* the job it runs, -1 when idle */
} Worker;

typedef struct Pool {
	const WorkersTasks *t;
	int njobs;
	int next;            /* the next job to hand out */
	int delivered;       /* jobs 0 .. delivered-1 went to done */
	GBytes **results;    /* [njobs]: arrived, not yet delivered; owned */
	Worker *w;           /* [nw] */
	int nw;
} Pool;

static gboolean read_all(int fd, void *buf, size_t len)
{
	char *p = buf;
	while (len > 0) {
		ssize_t got = read(fd, p, len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return FALSE;
		p += got;
		len -= (size_t)got;
	}
	return TRUE;
}

/* send with MSG_NOSIGNAL: a worker that died is an error here, not SIGPIPE. */
static gboolean write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t put = send(fd, p, len, MSG_NOSIGNAL);
		if (put < 0 && errno == EINTR)
			continue;
		if (put <= 0)
			return FALSE;
		p += put;
		len -= (size_t)put;
	}
	return TRUE;
}

/* The worker's life: jobs until the parent closes its end. Never returns. */
static G_NORETURN void worker_main(int fd, const WorkersTasks *t)
{
	gint32 index;
	while (read_all(fd, &index, sizeof index)) {
		GBytes *r = t->job(index, t->data);
		gsize len = 0;
		const void *bytes = g_bytes_get_data(r, &len);
		guint32 head[2] = {(guint32)index, (guint32)len};
		gboolean ok = write_all(fd, head, sizeof head) && write_all(fd, bytes, len);
		g_bytes_unref(r);
		if (!ok)
			_exit(1);
	}
	/* _exit: the parent's atexit handlers and stdio buffers are not ours. */
	_exit(0);
}

/* Forks worker k. FALSE when fork or socketpair fails. */
static gboolean spawn(Pool *p, int k)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		return FALSE;
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return FALSE;
	}
	if (pid == 0) {
		/* The other workers' ends: held here, they would keep those
		 * workers from seeing the parent close them. */
		for (int i = 0; i < p->nw; i++)
			if (p->w[i].fd >= 0)
				close(p->w[i].fd);
		close(sv[0]);
		worker_main(sv[1], p->t);
	}
	close(sv[1]);
	p->w[k] = (Worker){.pid = pid, .fd = sv[0], .job = -1};
	return TRUE;
}

/* Results in job order, as far as they have arrived. */
static void deliver(Pool *p)
{
	while (p->delivered < p->njobs && p->results[p->delivered]) {
		p->t->done(p->delivered, p->results[p->delivered], p->t->data);
		g_clear_pointer(&p->results[p->delivered], g_bytes_unref);
		p->delivered++;
	}
}

/* Worker k takes the next job, or is told to stop when none is left. */
static void hand_out(Pool *p, int k)
{
	Worker *w = &p->w[k];
	if (p->next < p->njobs) {
		gint32 index = p->next++;
		w->job = index;
		if (write_all(w->fd, &index, sizeof index))
			return;
		/* Dead already: reading finds it so, and reports the job. */
		return;
	}
	w->job = -1;
	close(w->fd);
	w->fd = -1;
	int status;
	while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
		;
	w->pid = 0;
}

/* How a worker ended, for the lost job's message. Caller frees. */
static char *death(pid_t pid)
{
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFSIGNALED(status))
		return g_strdup_printf("the process drawing it was killed by signal %d (%s)",
		                       WTERMSIG(status), g_strsignal(WTERMSIG(status)));
	return g_strdup_printf("the process drawing it exited with status %d",
	                       WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* Reads worker k's answer; a worker that died loses its job and is
 * replaced while jobs are left. */
static void receive(Pool *p, int k)
{
	Worker *w = &p->w[k];
	guint32 head[2];
	gboolean ok = read_all(w->fd, head, sizeof head) && (int)head[0] == w->job;
	char *bytes = ok ? g_malloc(head[1] ? head[1] : 1) : NULL;
	ok = ok && read_all(w->fd, bytes, head[1]);
	if (ok) {
		p->results[w->job] = g_bytes_new_take(bytes, head[1]);
		hand_out(p, k);
		return;
	}
	g_free(bytes);
	close(w->fd);
	w->fd = -1;
	char *why = death(w->pid);
	w->pid = 0;
	p->results[w->job] = p->t->lost(w->job, why, p->t->data);
	g_free(why);
	w->job = -1;
	if (p->next < p->njobs && spawn(p, k))
		hand_out(p, k);
}

/* Waits for any busy worker to answer, and reads every answer there is. */
static void wait_any(Pool *p)
{
	struct pollfd *fds = g_new(struct pollfd, p->nw);
	int *which = g_new(int, p->nw), n = 0;
	for (int k = 0; k < p->nw; k++)
		if (p->w[k].fd >= 0 && p->w[k].job >= 0) {
			fds[n] = (struct pollfd){.fd = p->w[k].fd, .events = POLLIN};
			which[n++] = k;
		}
	if (n > 0 && poll(fds, (nfds_t)n, -1) > 0)
		for (int i = 0; i < n; i++)
			if (fds[i].revents)
				receive(p, which[i]);
	g_free(fds);
	g_free(which);
}

/* Every job in this process, in order. */
static void run_here(int first, int njobs, const WorkersTasks *t)
{
	for (int i = first; i < njobs; i++) {
		GBytes *r = t->job(i, t->data);
		t->done(i, r, t->data);
		g_bytes_unref(r);
	}
}

static gboolean any_busy(const Pool *p)
{
	for (int k = 0; k < p->nw; k++)
		if (p->w[k].job >= 0)
			return TRUE;
	return FALSE;
}

void workers_run(int njobs, int nworkers, const WorkersTasks *tasks)
{
	if (nworkers <= 1 || njobs <= 1) {
		run_here(0, njobs, tasks);
		return;
	}
	Pool p = {.t = tasks, .njobs = njobs, .nw = MIN(nworkers, njobs)};
	p.results = g_new0(GBytes *, njobs);
	p.w = g_new(Worker, p.nw);
	for (int k = 0; k < p.nw; k++)
		p.w[k] = (Worker){.fd = -1, .job = -1};
	int started = 0;
	for (int k = 0; k < p.nw; k++)
		if (spawn(&p, k)) {
			started++;
			hand_out(&p, k);
		}
	while (started > 0 && any_busy(&p)) {
		wait_any(&p);
		deliver(&p);
	}
	deliver(&p);
	/* No process could be forked: the jobs are drawn here instead. */
	if (p.delivered < njobs && !any_busy(&p))
		run_here(p.next, njobs, tasks);
	for (int k = 0; k < p.nw; k++)
		if (p.w[k].pid)
			hand_out(&p, k);   /* none left: closes and reaps it */
	g_free(p.results);
	g_free(p.w);
}
