/* test_seatmark: how seats look by kind (filled, hatched appointed, hollow
 * vacant, pale colours outlined) and how threshold lines are drawn. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatmark.h"

#include <math.h>

static gboolean same(Color a, Color b)
{
	return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

static ParlParty party(ParlKind kind, unsigned rgb)
{
	return (ParlParty){.name = (char *)"P", .seats = 3, .color = color_rgb(rgb),
	                   .kind = kind, .line = 7};
}

static void test_kinds(void **state)
{
	(void)state;
	ParlParty p = party(PARL_PARTY, 0x1f78b4);
	SeatMark m = seatmark_of(&p, 5);
	assert_true(same(m.fill, p.color));
	assert_true(m.stroke.a == 0 && m.line_width == 0 && !m.hatch && m.r == 5);
	/* Appointed: a tint, outlined and hatched in the colour. */
	p = party(PARL_APPOINTED, 0x1f78b4);
	m = seatmark_of(&p, 5);
	assert_true(same(m.fill, color_tint(p.color, 0.72)));
	assert_true(same(m.stroke, p.color) && m.hatch && fabs(m.line_width - 0.8) < 1e-9);
	/* Vacant: hollow. */
	p = party(PARL_VACANT, 0x1f78b4);
	m = seatmark_of(&p, 5);
	assert_true(m.fill.a == 0 && same(m.stroke, p.color) && !m.hatch);
	/* The outline never vanishes on big or tiny seats. */
	assert_true(seatmark_of(&p, 100).line_width == 1.2);
	assert_true(seatmark_of(&p, 0.1).line_width == 0.25);
}

/* A near-white party is outlined in grey; a near-white vacant seat too. */
static void test_pale(void **state)
{
	(void)state;
	Color grey = color_rgb(0x8c8c8c);
	ParlParty p = party(PARL_PARTY, 0xfafafa);
	SeatMark m = seatmark_of(&p, 5);
	assert_true(same(m.fill, p.color) && same(m.stroke, grey));
	assert_true(fabs(m.line_width - 0.5) < 1e-9);
	p = party(PARL_VACANT, 0xffffff);
	m = seatmark_of(&p, 5);
	assert_true(m.fill.a == 0 && same(m.stroke, grey));
	p = party(PARL_INDEPENDENT, 0x202020);
	assert_true(seatmark_of(&p, 5).stroke.a == 0);
}

static void test_items(void **state)
{
	(void)state;
	Scene *s = scene_new(100, 100);
	ParlParty p = party(PARL_APPOINTED, 0x1f78b4);
	SceneItem *it = seatmark_seat(s, &p, 10, 20, 4);
	assert_int_equal(it->kind, SCENE_SEAT);
	assert_true(it->cx == 10 && it->cy == 20 && it->r == 4 && it->hatch);
	assert_int_equal(it->row, 7);
	assert_string_equal(it->party, "P");
	it = seatmark_swatch(s, &p, 5, 6, 4.5);
	assert_int_equal(it->kind, SCENE_CIRCLE);
	assert_string_equal(it->role, "swatch");
	assert_string_equal(it->party, "P");
	assert_int_equal(it->row, 7);
	assert_true(it->hatch);
	scene_free(s);
}

static void test_lines(void **state)
{
	(void)state;
	SeatLineMark maj = seatmark_line(SEATCUT_MAJORITY), thr = seatmark_line(SEATCUT_THRESHOLD);
	assert_true(maj.dash == 0 && thr.dash > 0);
	assert_true(maj.width > thr.width);
	assert_true(maj.halo > maj.width && thr.halo > thr.width);
	Scene *s = scene_new(100, 100);
	ScenePoint pts[2] = {{1, 2}, {3, 4}};
	seatmark_cut_path(s, SEATCUT_THRESHOLD, pts, 2, G_MAXDOUBLE);
	/* The halo first, under the line. */
	assert_int_equal(s->items->len, 2);
	assert_string_equal(scene_item(s, 0)->role, "halo");
	assert_true(scene_item(s, 0)->line_width == thr.halo);
	assert_string_equal(scene_item(s, 1)->role, "threshold");
	assert_true(scene_item(s, 1)->dash == thr.dash);
	/* Across a bar: the line stands out past it, the halo does not. */
	seatmark_cut_line(s, SEATCUT_MAJORITY, 50, 6, 36, 10, 32);
	const SceneItem *halo = scene_item(s, 2), *line = scene_item(s, 3);
	assert_true(halo->y1 == 10 && halo->y2 == 32);
	assert_true(line->y1 == 6 && line->y2 == 36 && line->x1 == 50);
	assert_string_equal(line->role, "majority");
	assert_true(line->dash == 0);
	/* A piece off the bar has no halo. */
	seatmark_cut_line(s, SEATCUT_THRESHOLD, 50, 36, 40, 32, 32);
	assert_int_equal(s->items->len, 5);
	assert_string_equal(scene_item(s, 4)->role, "threshold");
	scene_free(s);
}

/* Between seats a line gets only the room there is, halo first, but never
 * thinner than SEATMARK_LINE_MIN. */
static void test_lines_within(void **state)
{
	(void)state;
	SeatLineMark full = seatmark_line(SEATCUT_MAJORITY);
	SeatLineMark m = seatmark_line_within(SEATCUT_MAJORITY, G_MAXDOUBLE);
	assert_true(m.width == full.width && m.halo == full.halo);
	m = seatmark_line_within(SEATCUT_MAJORITY, full.width + 0.2);
	assert_true(m.width == full.width && m.halo == full.width + 0.2);
	m = seatmark_line_within(SEATCUT_THRESHOLD, 0.7);
	assert_true(m.width == 0.7 && m.halo == 0.7 && m.dash > 0);
	m = seatmark_line_within(SEATCUT_THRESHOLD, 0.1);
	assert_true(m.width == SEATMARK_LINE_MIN && m.halo == SEATMARK_LINE_MIN);
	Scene *s = scene_new(100, 100);
	ScenePoint pts[2] = {{1, 2}, {3, 4}};
	seatmark_cut_path(s, SEATCUT_MAJORITY, pts, 2, 0.8);
	assert_true(scene_item(s, 0)->line_width == 0.8);
	assert_true(scene_item(s, 1)->line_width == 0.8);
	scene_free(s);
}

static int run_seatmark_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_pale),
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_lines_within),
	};
	return cmocka_run_group_tests_name("seatmark", tests, NULL, NULL);
}

UNIT_GROUP(run_seatmark_tests)
