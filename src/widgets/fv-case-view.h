/* fv-case-view.h — a court case laid out for reading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

GtkWidget *fv_case_view_new (FvSession     *session,
                             const FvCase  *c,
                             GtkListBox   **events);

G_END_DECLS
