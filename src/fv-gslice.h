/* fv-gslice.h — GLib's slice allocator on malloc(), set at program start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void fv_gslice_from_start (char *argv[]);

G_END_DECLS
