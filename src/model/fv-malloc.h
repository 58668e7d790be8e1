/* fv-malloc.h — memory freed after a large model goes back to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void fv_malloc_give_back (gsize freed_hint);

G_END_DECLS
