/**
 * Settings that must be in place before React and the AWS SDK load, so
 * src/cli.tsx imports this module first.
 */

// React's development build checks every element at run time and makes a
// 5,000-row screen several times slower; users run the production build.
process.env.NODE_ENV ??= 'production';

// The SDK's notice that future versions need Node 22 would be written
// across the UI; the versions pinned in package-lock.json support Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
