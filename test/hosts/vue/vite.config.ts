import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// As `npm create vite` writes it: no compiler option for custom elements.
export default defineConfig({
  plugins: [vue()],
});
