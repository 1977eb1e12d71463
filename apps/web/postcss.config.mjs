/** Tailwind 4 through PostCSS: the theme and utilities come from @ums/ui/styles.css. */
const config = {
  plugins: { "@tailwindcss/postcss": {} },
};

export default config;
