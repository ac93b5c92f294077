import { z } from 'zod';
import { vi } from 'zod/locales';

// Validation messages are shown to users: Vietnamese by default, in the API and both SPAs alike.
z.config(vi());
