/* test_seatfig: the seat chart page assembled on the fake measurer: every
 * form on the page with nothing overlapping, the stacking order, panels for
 * several elections, and the page-size errors. */
#include "units.h"
#include "seat_fixtures.h"
#include "fake_text.h"

#include "diag.h"
#include "seatfig.h"

#include <math.h>
#include <string.h>

static const ChartOptions framed = {.input = "in.csv", .title = "A title",
                                    .subtitle = "A subtitle", .caption = "Source: test.",
                                    .width = 453.5, .lang = LANG_EN};

/* Lays csv out in layout with the majority, 2/3 and --labels. */
static Scene *lay_out(const char *csv, SeatFigLayout layout, const ChartOptions *co,
                      GError **err)
{
	ParlSet *set = fixture_load(csv);
	ParlThreshold th;
	assert_true(parl_threshold_parse("2/3", &th, NULL));
	SeatFigOptions o = {.layout = layout, .majority = TRUE, .thresholds = &th,
	                    .nthresholds = 1, .labels = TRUE};
	Scene *s = seatfig_layout(set, &o, co, fake_text(), err);
	parl_threshold_clear(&th);
	parl_set_free(set);
	return s;
}

/* Every seat and text on the page; no text over another or over a seat. */
static void check_page(const char *csv, SeatFigLayout layout, int want_seats)
{
	GError *e = NULL;
	Scene *s = lay_out(csv, layout, &framed, &e);
	assert_null(e);
	assert_non_null(s);
	assert_true(s->height > 0);
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *a = scene_item(s, i);
		if (a->kind == SCENE_SEAT) {
			assert_true(a->cx - a->r >= 0 && a->cx + a->r <= s->width);
			assert_true(a->cy - a->r >= 0 && a->cy + a->r <= s->height);
		}
		if (a->kind != SCENE_TEXT)
			continue;
		assert_true(a->x >= 0 && a->x + a->w <= s->width + 1e-9);
		assert_true(a->y >= 0 && a->y + a->h <= s->height + 1e-9);
		for (guint j = 0; j < s->items->len; j++) {
			const SceneItem *b = scene_item(s, j);
			if (j != i && b->kind == SCENE_TEXT)
				assert_false(fixture_texts_meet(a, b));
			if (b->kind == SCENE_SEAT) {
				double nx = CLAMP(b->cx, a->x, a->x + a->w), ny = CLAMP(b->cy, a->y, a->y + a->h);
				assert_true(hypot(nx - b->cx, ny - b->cy) >= b->r - 1e-9);
			}
		}
	}
	assert_int_equal(fixture_count(s, SCENE_SEAT, NULL), want_seats);
	scene_free(s);
}

static void test_page_layouts(void **state)
{
	(void)state;
	check_page(fixture_majlis, SEATFIG_ARCH, 107);
	check_page(fixture_majlis, SEATFIG_WAFFLE, 107);
	check_page(fixture_majlis, SEATFIG_WESTMINSTER, 107);
	check_page(fixture_majlis, SEATFIG_BAR, 0);
	check_page("party,seats\nSolo,1\n", SEATFIG_ARCH, 1);
	check_page("election,party,seats\n1,A,40\n1,B,37\n2,A,60\n2,B,47\n", SEATFIG_ARCH, 184);
}

/* The first item of role (and kind), or NULL. */
static const SceneItem *first_of(const Scene *s, SceneKind kind, const char *role)
{
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind == kind && !strcmp(it->role, role))
			return it;
	}
	return NULL;
}

/* Heading, plot, legend and caption, stacked in that order. */
static void test_stacking(void **state)
{
	(void)state;
	Scene *s = lay_out(fixture_majlis, SEATFIG_ARCH, &framed, NULL);
	const SceneItem *title = first_of(s, SCENE_TEXT, "title");
	const SceneItem *sub = first_of(s, SCENE_TEXT, "subtitle");
	const SceneItem *legend = first_of(s, SCENE_TEXT, "legend");
	const SceneItem *note = first_of(s, SCENE_TEXT, "note");
	double seats_top = G_MAXDOUBLE, seats_bottom = 0;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = scene_item(s, i);
		if (it->kind == SCENE_SEAT)
			seats_top = MIN(seats_top, it->cy - it->r),
			seats_bottom = MAX(seats_bottom, it->cy + it->r);
	}
	assert_non_null(title);
	assert_non_null(legend);
	assert_non_null(note);
	assert_true(title->y + title->h <= sub->y);
	assert_true(sub->y + sub->h < seats_top);
	assert_true(seats_bottom < legend->y);
	assert_true(legend->y < note->y);
	/* The page ends under the caption, a margin below it. */
	assert_true(fabs(s->height - ceil(note->y + note->h + 6)) < 1e-9);
	scene_free(s);
}

/* Two elections: a panel each, its seats and its head marked with it. */
static void test_panels(void **state)
{
	(void)state;
	Scene *s = lay_out("election,party,seats\n2016,A,40\n2016,B,37\n2021,A,60\n2021,B,47\n",
	                   SEATFIG_ARCH, &framed, NULL);
	int seats[2] = {0, 0};
	gboolean head[2] = {FALSE, FALSE};
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = scene_item(s, i);
		if (it->kind == SCENE_SEAT) {
			assert_true(it->panel == 0 || it->panel == 1);
			seats[it->panel]++;
		}
		if (it->kind == SCENE_TEXT && !strcmp(it->role, "subtitle") && it->panel >= 0)
			head[it->panel] = !strcmp(it->text, it->panel ? "2021" : "2016");
		if (it->kind == SCENE_TEXT && !strcmp(it->role, "legend"))
			assert_int_equal(it->panel, -1);
	}
	assert_int_equal(seats[0], 77);
	assert_int_equal(seats[1], 107);
	assert_true(head[0] && head[1]);
	scene_free(s);
}

static void expect_usage(const char *csv, const ChartOptions *co, const char *part)
{
	GError *e = NULL;
	Scene *s = lay_out(csv, SEATFIG_ARCH, co, &e);
	assert_null(s);
	assert_non_null(e);
	assert_int_equal(e->code, DIAG_USAGE);
	if (!strstr(e->message, part))
		fail_msg("\"%s\" does not say \"%s\"", e->message, part);
	g_error_free(e);
}

static void test_page_size(void **state)
{
	(void)state;
	ChartOptions co = framed;
	co.width = 140;
	expect_usage(fixture_majlis, &co, "a seat chart needs a page at least 144pt (2in) "
	             "wide, the page is 140pt");
	co.width = 453.5;
	co.height = 100;
	expect_usage(fixture_majlis, &co, "tall at this width, the page is 100pt");
	/* A page tall enough keeps its height. */
	co.height = 2000;
	Scene *s = lay_out(fixture_majlis, SEATFIG_ARCH, &co, NULL);
	assert_true(s->height == 2000);
	scene_free(s);
}

static void test_threshold_too_large(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats\n1,A,40\n1,B,37\n2,A,6\n2,B,4\n");
	ParlThreshold th;
	assert_true(parl_threshold_parse("50", &th, NULL));
	SeatFigOptions o = {.layout = SEATFIG_ARCH, .majority = TRUE, .thresholds = &th,
	                    .nthresholds = 1};
	for (int form = SEATFIG_ARCH; form <= SEATFIG_BAR; form++) {
		o.layout = (SeatFigLayout)form;
		GError *e = NULL;
		assert_null(seatfig_layout(set, &o, &framed, fake_text(), &e));
		assert_int_equal(e->code, DIAG_USAGE);
		assert_string_equal(e->message, "--threshold 50: 50 seats, more than the 10 "
		                    "seats of election \"2\"; expected at most 10");
		g_error_free(e);
	}
	parl_threshold_clear(&th);
	parl_set_free(set);
}

static int run_seatfig_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page_layouts),
		cmocka_unit_test(test_stacking),
		cmocka_unit_test(test_panels),
		cmocka_unit_test(test_page_size),
		cmocka_unit_test(test_threshold_too_large),
	};
	return cmocka_run_group_tests_name("seatfig", tests, NULL, NULL);
}

UNIT_GROUP(run_seatfig_tests)
