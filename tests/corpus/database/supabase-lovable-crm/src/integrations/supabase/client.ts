import { createClient } from '@supabase/supabase-js';
import type { Database } from './types';

const SUPABASE_URL = "https://xyzcrmdemo.supabase.co";
const SUPABASE_PUBLISHABLE_KEY = "sb_publishable_demo_key_not_a_secret";

export const supabase = createClient<Database>(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY);
