import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from '@/lib/background/register';

// Everything is registered synchronously in main(): an MV3 worker is killed
// when idle and restarted by the event that wakes it, which must find its
// listener already in place.
export default defineBackground(() => {
  registerBackground();
});
