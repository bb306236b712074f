/* test_workers: jobs in forked workers come back in job order whatever
 * order they finish in, and a worker that dies loses only its job. */
#include "units.h"
#include "workers.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

typedef struct Log {
	GString *order;      /* "i:result," for each done, in the order called */
	int lost;            /* jobs reported lost */
	int kill_job;        /* the job whose worker dies, or -1 */
} Log;

static GBytes *job(int index, gpointer data)
{
	Log *log = data;
	if (index == log->kill_job)
		raise(SIGKILL);
	/* Early jobs take longest, so they finish after later ones. */
	g_usleep((gulong)(index < 3 ? (3 - index) * 20000 : 0));
	char *text = g_strdup_printf("r%d", index * 10);
	return g_bytes_new_take(text, strlen(text));
}

static void done(int index, GBytes *result, gpointer data)
{
	Log *log = data;
	gsize len = 0;
	const char *text = g_bytes_get_data(result, &len);
	g_string_append_printf(log->order, "%d:%.*s,", index, (int)len, text);
}

static GBytes *lost(int index, const char *why, gpointer data)
{
	Log *log = data;
	log->lost++;
	assert_non_null(strstr(why, "killed by signal 9"));
	char *text = g_strdup_printf("lost%d", index);
	return g_bytes_new_take(text, strlen(text));
}

static char *run(int njobs, int nworkers, int kill_job, int *nlost)
{
	Log log = {g_string_new(NULL), 0, kill_job};
	WorkersTasks t = {job, done, lost, &log};
	workers_run(njobs, nworkers, &t);
	*nlost = log.lost;
	return g_string_free(log.order, FALSE);
}

static void in_order(void **state)
{
	(void)state;
	const char *want = "0:r0,1:r10,2:r20,3:r30,4:r40,5:r50,6:r60,";
	int nworkers[] = {1, 2, 3, 7, 20};
	for (size_t i = 0; i < G_N_ELEMENTS(nworkers); i++) {
		int nlost = 0;
		char *got = run(7, nworkers[i], -1, &nlost);
		assert_string_equal(got, want);
		assert_int_equal(nlost, 0);
		g_free(got);
	}
	int nlost = 0;
	char *none = run(0, 3, -1, &nlost);
	assert_string_equal(none, "");
	g_free(none);
}

static void dead_worker_loses_its_job(void **state)
{
	(void)state;
	int nlost = 0;
	char *got = run(6, 2, 4, &nlost);
	assert_string_equal(got, "0:r0,1:r10,2:r20,3:r30,4:lost4,5:r50,");
	assert_int_equal(nlost, 1);
	g_free(got);
}

static int run_workers_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(in_order),
		cmocka_unit_test(dead_worker_loses_its_job),
	};
	return cmocka_run_group_tests_name("workers", tests, NULL, NULL);
}

UNIT_GROUP(run_workers_tests)
