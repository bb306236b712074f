/* batch: `render batch`: every figure of a data folder drawn by one process
 * (or a few forked workers), fonts loaded once; only figures whose inputs
 * changed, with --state; a check that the output folder is what the data
 * gives; a review page; a stable share of the figures for one CI machine. */
#ifndef RENDER_BATCH_H
#define RENDER_BATCH_H

#include <glib.h>

/* The exit status of --check when the output folder is not what the data
 * gives (1 to 3 keep their meaning: a figure's data, options or files). */
#define BATCH_STALE 4

/* Whether argv asks for the batch: "render batch ..." or "render help batch". */
gboolean batch_wanted(int argc, char **argv);

/* Runs `render batch` (argv[1] is "batch" or "help"); returns the exit
 * status. Messages name the figure's file; a summary ends on standard
 * output, a progress line shows on a terminal. */
int batch_main(int argc, char **argv);

#endif
