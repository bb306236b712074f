/* clipaths: the files of a command-line request: each -o in the format -T or
 * its name gives, and no output that is an input or another output. */
#ifndef RENDER_CLIPATHS_H
#define RENDER_CLIPATHS_H

#include <glib.h>
#include "cli.h"

/* Fills req->outputs (owned by req) from its -o paths and -T; FALSE with
 * *err (exit 2) for an unknown or disagreeing format, no output at all, or
 * a binary format for a terminal. */
gboolean clipaths_pick_outputs(CliRequest *req, GError **err);
/* FALSE with *err (exit 2) when an output would overwrite an input or
 * another output, or two of them ask for one standard stream. */
gboolean clipaths_check(const CliRequest *req, GError **err);

#endif
