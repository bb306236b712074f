/* seat_fixtures: shared seat-chart test helpers; see seat_fixtures.h. */
#include "units.h"
#include "seat_fixtures.h"
#include "fake_text.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

const char fixture_majlis[] =
	"party,seats,color,kind\n"
	"Communist People's Party of Kazakhstan,7,#c8102e,party\n"
	"Nur Otan,84,#1f78b4,party\n"
	"Aq Zhol,7,#e6a700,party\n"
	"Assembly of the People of Kazakhstan,9,,appointed\n";

char *fixture_csv_file(const char *csv)
{
	char *path = NULL;
	int fd = g_file_open_tmp("seats-XXXXXX.csv", &path, NULL);
	assert_true(fd >= 0);
	close(fd);
	assert_true(g_file_set_contents(path, csv, -1, NULL));
	return path;
}

ParlSet *fixture_load(const char *csv)
{
	char *path = fixture_csv_file(csv);
	GError *e = NULL;
	ParlSet *set = parl_load(path, NULL, &e);
	if (e)
		fail_msg("%s", e->message);
	g_unlink(path);
	g_free(path);
	return set;
}

guint32 fixture_rng(guint32 *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

int *fixture_split(guint32 *s, int total, int n)
{
	int *c = g_new0(int, n);
	int left = total;
	for (int i = 0; i < n - 1; i++) {
		int v = (int)(fixture_rng(s) % (guint32)(left + 1));
		if (fixture_rng(s) % 3 == 0)
			v %= 6;
		c[i] = v;
		left -= v;
	}
	c[n - 1] = left;
	return c;
}

void fixture_page_init(FixturePage *f, double width, Lang l)
{
	f->co = (ChartOptions){.input = "in.csv", .width = width, .lang = l};
	f->scene = scene_new(width, 0);
	seatpage_init(&f->sp, f->scene, fake_text(), &f->co);
}

void fixture_page_clear(FixturePage *f)
{
	seatpage_clear(&f->sp);
	scene_free(f->scene);
}

gboolean fixture_texts_meet(const SceneItem *a, const SceneItem *b)
{
	return a->x < b->x + b->w - 0.01 && b->x < a->x + a->w - 0.01 &&
	       a->y < b->y + b->h - 0.01 && b->y < a->y + a->h - 0.01;
}

int fixture_count(const Scene *s, SceneKind kind, const char *role)
{
	int n = 0;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		n += it->kind == kind && (!role || !strcmp(it->role, role));
	}
	return n;
}
