/** Staff login. */
import { TextField } from '../views/fields.tsx';
import { Flash, PublicLayout } from '../views/layout.tsx';

export function LoginPage(props: { next: string; username?: string; error?: string }) {
  return (
    <PublicLayout title="工作人员登录">
      <h1>工作人员登录</h1>
      <Flash error={props.error} />
      <form method="post" action="/console/login" class="form narrow">
        <input type="hidden" name="next" value={props.next} />
        <TextField name="username" label="用户名" values={{ username: props.username ?? '' }} errors={{}} required />
        <TextField name="password" label="密码" type="password" values={{}} errors={{}} required />
        <button type="submit" class="primary">登录</button>
      </form>
    </PublicLayout>
  );
}
