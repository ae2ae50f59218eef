import { Box, Text } from 'ink';
import type { LoadProgress } from '../model/types.js';
import { COLOR } from '../ui/theme.js';

export interface LoadingViewProps {
  readonly source: string;
  readonly progress: LoadProgress | null;
  /** Why the load failed: shown whole, where the flash line cuts it. */
  readonly error?: Error | null;
}

/** `generating the credential report... 3/40`: never a blank screen. */
export function describeProgress(progress: LoadProgress | null): string {
  if (progress === null) return 'connecting...';

  const counted =
    progress.done === undefined
      ? ''
      : ` ${progress.done}${progress.total === undefined ? '' : `/${progress.total}`}`;
  return `${progress.step}...${counted}`;
}

export function LoadingView({ source, progress, error }: LoadingViewProps) {
  if (error) {
    return (
      <Box flexDirection="column" paddingY={1}>
        <Text>Could not load the IAM inventory from {source}:</Text>
        <Text color={COLOR.bad} wrap="wrap">
          {error.message}
        </Text>
        <Text> </Text>
        <Text>Press r to try again, or q to quit.</Text>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" paddingY={1}>
      <Text>Loading the IAM inventory from {source}</Text>
      <Text>{describeProgress(progress)}</Text>
    </Box>
  );
}
