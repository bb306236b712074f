/* fuzz_seats: the seat-chart loader and every layout through the scene
 * (JSON and alt text), with options from the input's options byte (fuzz.h). */
#include "fuzz.h"
#include "limit.h"
#include "page.h"
#include "scene.h"
#include "seatalt.h"
#include "seatfig.h"
#include "seats.h"

#define MM (72.0 / 25.4)

/* Seats laid out at most: the fuzzer's build (coverage, ASan, UBSan) lays
 * out 40 times slower than render, and one party of 5000 seats took 12 s
 * there against 0.3 s in render. Larger charts are loaded and checked, and
 * timed by bench/limits.py. */
#define LAYOUT_SEATS 2000

static gboolean too_many_seats(const ParlSet *set)
{
	long all = 0;
	for (int i = 0; i < set->n; i++)
		all += set->houses[i].total;
	return all > LAYOUT_SEATS;
}

int fuzz_seats_one(const uint8_t *data, size_t size)
{
	unsigned o = fuzz_options(&data, &size);
	const char *path = fuzz_file(data, size);
	TextMeasurer *tm = fuzz_measurer();
	ParlThreshold th = {0};
	GError *err = NULL;
	gboolean ok = parl_threshold_parse(o & 32 ? "2/3" : "5", &th, &err);
	SeatFigOptions so = {.layout = (SeatFigLayout)(o & 3), .majority = !(o & 4),
	                     .labels = o & 8, .thresholds = &th, .nthresholds = o & 16 ? 1 : 0,
	                     .legend = o & 64 ? SEATLEGEND_LIST : SEATLEGEND_TABLE};
	ChartOptions co = {.input = path, .width = o & 16 ? 60 * MM : 160 * MM,
	                   .lang = (Lang)((o >> 4) % 3), .strict = o & 2};
	ParlSet *set = ok ? parl_load(path, tm, &err) : NULL;
	if (set && too_many_seats(set)) {
		parl_set_free(set);
		parl_threshold_clear(&th);
		return 0;
	}
	Scene *scene = set ? seatfig_layout(set, &so, &co, tm, &err) : NULL;
	ok = scene && limit_page(scene, path, &err) &&
	     (!co.strict || page_verify(scene, path, "", &err));
	if (ok) {
		char *json = scene_to_json(scene, tm);
		fuzz_check_text("the scene", json);
		g_free(json);
		char *alt = seatalt_text(set, &so, &co);
		fuzz_check_text("the alt text", alt);
		g_free(alt);
	} else {
		fuzz_check_error(err, path);
	}
	scene_free(scene);
	parl_set_free(set);
	parl_threshold_clear(&th);
	return 0;
}

#ifndef FUZZ_NO_ENTRY
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_seats_one(data, size);
}
#endif
