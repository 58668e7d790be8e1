/* fv-quote-mark.h — how a quotation fared against its source's text, as a button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

GtkWidget *fv_quote_mark_new (FvSession         *session,
                              const FvReference *reference);

G_END_DECLS
