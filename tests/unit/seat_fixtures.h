/* seat_fixtures: what the seat-chart tests share: compositions from CSV text,
 * random splits of a house, and a seat page on the fake measurer. */
#ifndef TESTS_SEAT_FIXTURES_H
#define TESTS_SEAT_FIXTURES_H

#include "chart.h"
#include "seatpage.h"
#include "seats.h"

/* The Majlis of Kazakhstan, 2016: 107 seats, four rows, one appointed. */
extern const char fixture_majlis[];

/* Writes csv to a temporary file; the caller unlinks and frees the path. */
char *fixture_csv_file(const char *csv);
/* The compositions in csv (asserts that they load). Caller frees:
 * parl_set_free. */
ParlSet *fixture_load(const char *csv);

/* A deterministic generator, so failures reproduce. */
guint32 fixture_rng(guint32 *state);
/* A random split of total into n counts, some of them 0. Caller frees. */
int *fixture_split(guint32 *state, int total, int n);

/* A page of `width` points on the fake measurer, in language l, with an
 * empty scene. Lay it out in place (sp points into it); fixture_page_clear
 * frees the scene too. */
typedef struct FixturePage {
	ChartOptions co;
	Scene *scene;
	SeatPage sp;
} FixturePage;

void fixture_page_init(FixturePage *f, double width, Lang l);
void fixture_page_clear(FixturePage *f);

/* Whether two text items' boxes overlap (by more than 0.01 pt). */
gboolean fixture_texts_meet(const SceneItem *a, const SceneItem *b);
/* The number of items of kind with role (NULL: any role). */
int fixture_count(const Scene *s, SceneKind kind, const char *role);

#endif
