/* cmd_timeline: the `render timeline` command: its options, the loading of
 * the events CSV, and the hand-over to the timeline layout. */
#include "chart.h"
#include "events.h"
#include "timeline.h"

static gboolean opt_vertical, opt_no_breaks;
static char **opt_breaks;

static const GOptionEntry timeline_entries[] = {
	{"vertical", 0, 0, G_OPTION_ARG_NONE, &opt_vertical,
	 "Run time down the page with labels beside it (for text-heavy timelines)", NULL},
	{"no-breaks", 0, 0, G_OPTION_ARG_NONE, &opt_no_breaks,
	 "Never break the axis over long empty stretches", NULL},
	{"break", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_breaks,
	 "Cut the empty period FROM/TO out of the axis, e.g. 2020-01/2020-06 "
	 "(up to 4; replaces the automatic breaks)", "FROM/TO"},
	{NULL, 0, 0, 0, NULL, NULL, NULL},
};

static gpointer timeline_load(const ChartOptions *opts, TextMeasurer *tm, GError **err)
{
	return events_load(opts->input, tm, err);
}

static gboolean timeline_run_layout(gconstpointer model, const ChartOptions *opts,
                                    TextMeasurer *tm, Chart *out, GError **err)
{
	TimelineSettings set = {opt_vertical, opt_no_breaks, (const char *const *)opt_breaks};
	return timeline_layout(model, &set, opts, tm, out, err);
}

static void timeline_free(gpointer model)
{
	events_free(model);
}

const ChartCommand timeline_command = {
	.name = "timeline",
	.summary = "dated events (CSV) as a timeline",
	.description =
		"Columns by header name: date (required: YYYY, YYYY-MM or YYYY-MM-DD, with\n"
		"~ for about or ? for uncertain), end (makes a span), label (required),\n"
		"detail, group (colour and legend), color (the group's colour, #rrggbb\n"
		"or a CSS name such as steelblue; --palette wins over it), source\n"
		"(numbered note), priority (higher labels are kept first when not all\n"
		"fit).",
	.entries = timeline_entries,
	.strict_hint = "fewer or shorter labels, higher priorities on the ones to keep, "
	               "or a larger --size",
	.load = timeline_load,
	.layout = timeline_run_layout,
	.free_model = timeline_free,
};
