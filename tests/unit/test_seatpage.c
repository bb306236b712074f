/* test_seatpage: where text may go on a seat chart: inside the usable width,
 * clear of text, seats and lines of the current block only; fitting text to
 * the width; blocks laid out at y = 0 and moved into place. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatpage.h"

static void test_free_of_ink(void **state)
{
	(void)state;
	FixturePage f;
	fixture_page_init(&f, 200, LANG_EN);
	SeatPage *sp = &f.sp;
	/* The margins. */
	assert_true(seatpage_free(sp, 6, 0, 10, 10));
	assert_false(seatpage_free(sp, 5, 0, 10, 10));
	assert_false(seatpage_free(sp, 185, 0, 10, 10));
	/* A seat, with clear space around it. */
	scene_seat(f.scene, "A", 50, 50, 5, color_rgb(0), COLOR_NONE, 0);
	assert_false(seatpage_free(sp, 40, 40, 5, 5));
	assert_false(seatpage_free(sp, 56, 48, 10, 4));   /* 1 pt off the seat */
	assert_true(seatpage_free(sp, 58, 48, 10, 4));    /* 3 pt off */
	/* A path and a line. */
	ScenePoint pts[2] = {{100, 0}, {100, 100}};
	scene_path(f.scene, "majority", pts, 2, FALSE, COLOR_NONE, color_rgb(0), 1);
	assert_false(seatpage_free(sp, 90, 20, 8, 5));
	assert_true(seatpage_free(sp, 90, 20, 7, 5));
	scene_line(f.scene, "leader", 120, 60, 160, 60, 0.4, color_rgb(0));
	assert_false(seatpage_free(sp, 130, 50, 10, 8));
	assert_true(seatpage_free(sp, 130, 50, 10, 7));
	/* Text placed on the page. */
	page_text(&sp->pg, "label", "abc", page_style(10, FALSE, FALSE, 0, TEXT_LEFT), 20, 150,
	          color_rgb(0));
	assert_false(seatpage_free(sp, 30, 155, 10, 10));
	/* Legend swatches are not in the way of plot labels. */
	scene_circle(f.scene, "swatch", 150, 150, 5, color_rgb(0), COLOR_NONE, 0);
	assert_true(seatpage_free(sp, 145, 145, 10, 10));
	fixture_page_clear(&f);
}

/* A block looks only at itself: panels never overlap. */
static void test_blocks(void **state)
{
	(void)state;
	FixturePage f;
	fixture_page_init(&f, 200, LANG_EN);
	SeatPage *sp = &f.sp;
	TextStyle st = page_style(10, FALSE, FALSE, 0, TEXT_LEFT);
	page_text(&sp->pg, "title", "Title", st, 10, 10, color_rgb(0));
	scene_seat(f.scene, "A", 100, 100, 5, color_rgb(0), COLOR_NONE, 0);
	assert_false(seatpage_free(sp, 10, 10, 5, 5));
	SeatBlock b = seatpage_begin(sp);
	assert_true(seatpage_free(sp, 10, 10, 5, 5));
	assert_true(seatpage_free(sp, 98, 98, 4, 4));
	scene_seat(f.scene, "B", 50, 0, 5, color_rgb(0), COLOR_NONE, 0);
	page_text(&sp->pg, "label", "B 1", st, 60, -6, color_rgb(0));
	assert_true(seatpage_top(sp, b.item) == -6);
	assert_true(seatpage_bottom(sp, b.item) == 6.5);
	seatpage_move(sp, b, 40);
	assert_true(scene_item(f.scene, 2)->cy == 40);
	assert_true(scene_item(f.scene, 3)->y == 34);
	assert_true(scene_item(f.scene, 0)->y == 10);     /* before the block: stays */
	/* The moved box keeps text away at its new place. */
	assert_false(seatpage_free(sp, 62, 36, 5, 5));
	assert_true(seatpage_free(sp, 62, -4, 5, 2));
	seatpage_end(sp);
	assert_false(seatpage_free(sp, 10, 10, 5, 5));
	fixture_page_clear(&f);
}

static void test_fit(void **state)
{
	(void)state;
	FixturePage f;
	fixture_page_init(&f, 100, LANG_EN);   /* 88 pt usable */
	TextStyle st = page_style(10, FALSE, FALSE, 0, TEXT_LEFT);
	TextSize sz = seatpage_fit(&f.sp, "short", &st);
	assert_true(st.wrap == 0 && sz.lines == 1);
	/* 20 characters of 5.5 pt: 110 pt, wider than the page. */
	sz = seatpage_fit(&f.sp, "abcdefghij klmnopqrs", &st);
	assert_true(st.wrap == 88);
	assert_true(sz.w <= 88 && sz.lines == 2);
	fixture_page_clear(&f);
}

static int run_seatpage_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_free_of_ink),
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_fit),
	};
	return cmocka_run_group_tests_name("seatpage", tests, NULL, NULL);
}

UNIT_GROUP(run_seatpage_tests)
